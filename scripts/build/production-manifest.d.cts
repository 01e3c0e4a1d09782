export declare const DEV_ORIGIN: string;
export declare function normaliseBase(base: string): string;
export declare function manifestVersion(pkgVersion: string): string;
export declare function manifestUrls(xml: string): string[];
export declare function productionManifest(devXml: string, base: string, pkgVersion: string): string;
