// A client module (see the questions plugin's getClientModules): it runs before React hydrates the first page.
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type { ClientModule } from '@docusaurus/types';
import { preloadQuestionsAt } from './store';

// Hydration that reaches the questions before their chunk has arrived has to wait, and an update during that wait
// (Docusaurus sets state right after hydrating) makes React throw the server-rendered questions away and render
// them again later, which breaks a link to #interview-questions. Fetching them now, while the page's own chunks
// load, avoids the wait.
if (ExecutionEnvironment.canUseDOM) preloadQuestionsAt(window.location.pathname);

const clientModule: ClientModule = {
  // In-site navigation: fetch alongside the next page's chunks, so the questions appear with the page.
  onRouteUpdate({ location }) {
    preloadQuestionsAt(location.pathname);
  },
};

export default clientModule;
