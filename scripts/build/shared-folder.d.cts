export declare const INSTRUCTION_FILE: string;
export declare function sharedFolderInstruction(base: string, version: string): string;
