// Package pipelinetest holds the end-to-end tests of the trace reports: the real
// pipeline (document.Load, extract.Extract, match.Trace) over the embedded seeds,
// rendered as text, Markdown and HTML and compared with golden files, and the HTML
// report opened in a headless Chromium to check it works as a reader uses it. It has
// no code of its own; it lives apart from package report so that report's unit tests
// do not depend on the extraction and matching packages.
package pipelinetest
