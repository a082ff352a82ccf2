import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import styles from './index.module.css';

const WAYS: Array<{ title: string; body: string; link?: { to: string; label: string }; command?: string }> = [
  {
    title: 'Read the lessons',
    body: 'Short, exact lessons on the TCP/IP stack, checked against the RFCs, each with interview questions, model answers and the follow-ups an interviewer asks next.',
    link: { to: '/docs/network-layer', label: 'Start reading' },
  },
  {
    title: 'Build the stack',
    body: 'Exercises in TypeScript: a subnet calculator, the internet checksum, the TCP state machine, a sliding window and message framing. Run the public tests here in the browser, or grade locally against hidden suites.',
    link: { to: '/exercises', label: 'Open the exercises' },
  },
  {
    title: 'Grade in CI',
    body: 'Teachers grade learners’ repositories in CI: hidden suites, a score per task and a results.json that CI systems read.',
    command: 'npm run grade -- --json results.json',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout description="TCP/IP interview preparation: accurate lessons, and a network stack you build yourself.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">netprep</Heading>
          <p className={styles.tagline}>Prepare for TCP/IP interviews by understanding the stack and by building it.</p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className={styles.ways}>
          {WAYS.map((way) => (
            <section key={way.title} className={styles.way}>
              <Heading as="h2">{way.title}</Heading>
              <p>{way.body}</p>
              {way.link && (
                <Link className="button button--primary" to={way.link.to}>
                  {way.link.label}
                </Link>
              )}
              {way.command && <code>{way.command}</code>}
            </section>
          ))}
        </div>
        <section className="margin-top--lg">
          <Heading as="h2">Quick start</Heading>
          <pre>
            <code>{'npm install && npm start   # this site, on your machine\nnpm test                    # the project’s own tests\nnpm run watch               # solve the exercises, graded on every save'}</code>
          </pre>
        </section>
      </main>
    </Layout>
  );
}
