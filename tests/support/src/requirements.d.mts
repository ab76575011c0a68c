export type Requirement = 'browser' | 'redis'
export declare const REQUIREMENTS: Readonly<Record<Requirement, string>>
export declare function needsTag(requirement: Requirement): string
export declare function requestedSkips(value?: string): Requirement[]
