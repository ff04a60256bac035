/** The API's code rules (AreaRules / TopicRules); the API checks again. */
export const AREA_CODE_MAX = 30;
export const TOPIC_CODE_MAX = 40;

export function isValidCode(code: string, max: number): boolean {
  return new RegExp(`^[A-Za-z0-9_-]{2,${max}}$`).test(code);
}
