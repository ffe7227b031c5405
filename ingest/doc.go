// Package ingest turns folders of files into corpus entries and keeps a store
// in step with them.
//
// # Pipeline
//
// [Run] walks each root ([Walk]), reads and hashes every candidate file,
// extracts its text with the extractor registered for its format ([Extract]),
// cuts the text into passages ([Chunk], [Passages]) and hands the resulting
// [corpus.Entry] values to a [Store] in batches. The package knows nothing of
// how the store keeps them; package index implements [Store].
//
// # Formats
//
// Plain text, Markdown, reStructuredText and source code are text-like: the
// extracted text is the file's own bytes, so every offset and line number in
// it is an offset and line number of the file. HTML keeps the visible text
// with one source-map segment per text run (Verbatim where no entity was
// decoded and no whitespace collapsed); PDF gives one segment per page, DOCX
// one per paragraph.
//
// # Incremental runs
//
// A file whose size and modification time equal those of its stored document
// is taken as unchanged without being read (as rsync and git do); any other
// file is read and hashed, and only a changed hash leads to re-extraction.
// Options.Force re-extracts every file, which is what an upgrade of the
// extractors needs. Stored documents under an ingested root that the walk no
// longer yields (deleted, now excluded, hidden, too large, binary, empty) are
// removed; documents whose file failed this time keep their old version, and
// nothing is removed under a root or folder that could not be read.
//
// # Caveats
//
// PDF text comes from the content streams in drawing order; multi-column
// layouts and text drawn out of reading order come out in that order. PDF
// files are parsed by ingest/internal/pdf, a fork of github.com/ledongthuc/pdf
// (BSD licence, notice kept there) that parses every object and inflates
// every object stream once per document, in a bounded cache; pages are
// extracted on GOMAXPROCS goroutines. The extracted text, the object cache,
// object streams, decoded content streams and nested forms are bounded. Ligatures are spelled out, words hyphenated at
// a line end are joined (also where the hyphen belonged to the word) and
// dot leaders are shortened to " ... ". HTML in a legacy 8-bit encoding has its
// invalid bytes replaced by U+FFFD (such runs are not Verbatim).
package ingest
