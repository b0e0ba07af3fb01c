/**
 * Decoding and parsing of raw newspaper page text into {@link org.baokan.model.ParsedPage}s.
 *
 * <p>The parser runs in small named stages: {@link TextDecoder} (bytes to text),
 * {@link LineNormalizer} (lines, markdown marks, doubled bold lines), {@link LineClassifier}
 * (masthead, boilerplate, labels, datelines, credits…), {@link HeadlineDetector} (which text
 * lines are headlines), {@link ParagraphBuilder} (hard-wrapped columns back into paragraphs),
 * {@link PageAssembler} (headline groups, bodies, guide entries, reordering) and
 * {@link DateResolver}. {@link PageParser} runs them in order. Depends on the model only.
 */
package org.baokan.ingest;
