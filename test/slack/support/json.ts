// A Slack payload or Web API body as the tests read it: parsed JSON, walked field by field in assertions.
// biome-ignore lint/suspicious/noExplicitAny: the shapes are Slack's, and each assertion states the part it needs
export type Json = Record<string, any>;
