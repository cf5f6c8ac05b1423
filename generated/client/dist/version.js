const VERSION = "0.1.0";
const USER_AGENT = "@connectfi/client/0.1.0";
export {
  USER_AGENT,
  VERSION
};
