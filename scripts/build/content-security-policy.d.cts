export declare const OFFICE_JS_ORIGIN: string;
export declare function contentSecurityPolicy(): string;
export declare function cspMetaTag(): string;
export declare function inlineScripts(html: string): string[];
