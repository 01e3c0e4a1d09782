/* The function file (commands.html) only has to initialise Office.js; kept out of the page so the
   Content-Security-Policy can forbid inline script. */
if (typeof Office !== 'undefined') Office.onReady(() => {});
