/**
 * Rendering: pure functions from the model to HTML (the article, the front page), and citations.
 * The screen, the printer and the PDF export show the same HTML. Every text from a page is
 * escaped; the only script is the program's own click handler.
 */
package org.baokan.render;
