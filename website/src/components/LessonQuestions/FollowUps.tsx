import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** What an interviewer is likely to ask next; questions only, so they stay visible. */
export function FollowUps({ followUpsHtml }: { followUpsHtml: string[] }): ReactNode {
  if (followUpsHtml.length === 0) return null;
  return (
    <div className={styles.followUps}>
      <p className={styles.followUpsTitle}>Follow-ups</p>
      <ul>
        {followUpsHtml.map((html) => (
          <li key={html} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </ul>
    </div>
  );
}
