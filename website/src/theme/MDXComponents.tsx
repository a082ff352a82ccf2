import MDXComponents from '@theme-original/MDXComponents';
import DocCardList from '@theme/DocCardList';
import PartExercises from '@site/src/components/PartExercises';

// Available in every lesson and part page without an import.
export default { ...MDXComponents, DocCardList, PartExercises };
