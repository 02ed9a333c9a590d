import { describe, expect, it } from 'vitest';
import { headingOf, imagesIn, isBackToTop, isImageLine, looksLikeQuestion, plainText } from '../../../src/core/import/markdown.js';

describe('Markdown helpers', () => {
  it('reads a heading without its closing hashes', () => {
    expect(headingOf('### Which service? ###  ')).toEqual({ level: 3, text: 'Which service?' });
    expect(headingOf('  ## Title')).toEqual({ level: 2, text: 'Title' });
    expect(headingOf('####### seven')).toBeUndefined();
    expect(headingOf('#no space')).toBeUndefined();
    expect(headingOf(`# ${'#'.repeat(100_000)}x`)).toEqual({ level: 1, text: `${'#'.repeat(100_000)}x` });
  });

  it('keeps the text of links, a URL with parentheses included, and tells "Back to Top" links', () => {
    expect(plainText('See [the guide](https://docs.aws.amazon.com/apigateway/ "Guide") and [C](https://en.wikipedia.org/wiki/C_(language)).', { keepUrls: true })).toBe(
      'See the guide (https://docs.aws.amazon.com/apigateway/) and C (https://en.wikipedia.org/wiki/C_(language)).',
    );
    expect(isBackToTop('**[⬆ Back to Top](#table-of-contents)**')).toBe(true);
    expect(isBackToTop('[Top of the page](#top) back to top')).toBe(false);
  });

  it('finds images in both forms, and lines that hold only images', () => {
    expect(imagesIn('![diagram](images/a.png "A") and <img alt="b" src="images/b.png" width=3>')).toEqual(['images/a.png', 'images/b.png']);
    expect(isImageLine('  ![a](x.png) <img src="y.png">  ')).toBe(true);
    expect(isImageLine('![a](x.png) text')).toBe(false);
  });

  it('drops emphasis and reads question marks', () => {
    expect(plainText('**Which** of these is __right__?')).toBe('Which of these is right?');
    expect(looksLikeQuestion('Which two are right? (Choose TWO.)')).toBe(true);
    expect(looksLikeQuestion('Introduction')).toBe(false);
  });
});
