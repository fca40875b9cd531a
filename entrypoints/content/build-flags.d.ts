/** Set by wxt.config.ts: true only in a test build (`PARALLAX_TEST_BUILD=1 npx wxt build`). */
declare const __PARALLAX_TEST_BUILD__: boolean;
