/**
 * The mark an insertion leaves on every paragraph it adds: two zero-width
 * spaces at the end of the text. It is invisible in Word, survives saving and
 * Word on the web, needs no content control (controls fail there in several
 * places: office-js#3594, #3367, #6103, #409), and the checker reads past it
 * (a zero-width space separates words like a space). "Gỡ phần khung chưa viết"
 * removes only marked paragraphs whose text is still what was inserted.
 */
export const MARK = '\u200b\u200b';

/** Whether a paragraph's text carries the mark (the writer has not typed it away). */
export const hasMark = (text: string): boolean => text.replace(/[\r\n\s]+$/u, '').endsWith(MARK);

/** The text without the mark (for the model the checker reads and for comparing with what was inserted). */
export const stripMark = (text: string): string => text.split(MARK).join('');
