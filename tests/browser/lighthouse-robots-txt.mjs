// Lighthouse's robots.txt gatherer, fetching the file as a crawler does: from the host, not
// from inside the page.
//
// Lighthouse fetches robots.txt through the page (DevTools' Network.loadNetworkResource), and
// Chromium has applied the page's Content-Security-Policy to that since mid-2025: the pages'
// `connect-src 'none'` (etiket_docs/content_policy.py) then blocks it, and the SEO audit
// "robots.txt is not valid" fails on a file that is valid (GoogleChrome/lighthouse#16597,
// whose answer is to allow `connect-src 'self'`). Crawlers never read robots.txt through a
// page, and the promise that scripts open no connection stays, so the file is fetched here
// over HTTP, as Lighthouse itself does where it runs for PageSpeed Insights (its `Lightrider`
// branch of core/gather/fetcher.js). The audit then checks the file's status and content as
// it always does. lighthouse-config.mjs puts this gatherer in place of the stock one.
import RobotsTxt from "lighthouse/core/gather/gatherers/seo/robots-txt.js";

// Lighthouse's own limit for fetching robots.txt.
const TIMEOUT_MS = 2000;

export default class RobotsTxtFromHost extends RobotsTxt {
  async getArtifact(context) {
    const robotsUrl = new URL("/robots.txt", context.baseArtifacts.URL.finalDisplayedUrl).href;
    try {
      const response = await fetch(robotsUrl, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      return { status: response.status, content: await response.text() };
    } catch (error) {
      return { status: null, content: null, errorMessage: error.message };
    }
  }
}
