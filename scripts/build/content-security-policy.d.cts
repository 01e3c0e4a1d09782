export declare const OFFICE_JS_ORIGIN: string;
export declare function contentSecurityPolicy(o?: { connect?: string }): string;
export declare function cspMetaTag(o?: { connect?: string }): string;
export declare function inlineScripts(html: string): string[];
export declare function packSourceOrigin(url: string | undefined, o?: { dev?: boolean }): string;
