// Package pdf reads PDF files: the cross-reference table, objects, streams
// and their filters, page trees, fonts and content streams.
//
// It is a fork of github.com/ledongthuc/pdf (itself a fork of rsc.io/pdf),
// BSD licensed: see LICENSE in this folder. The changes, each in a file of
// its own and marked in its head comment:
//
//   - cache.go: every indirect object is parsed once and every object stream
//     inflated once per document (the upstream reader inflated the whole
//     object stream again for each object it resolved, which made text
//     extraction about 100 times slower than poppler); the cache is bounded
//     and safe for concurrent use, so pages can be read in parallel.
//   - encoding.go: a simple font is decoded from its ToUnicode map first,
//     then its Encoding (BaseEncoding and Differences), then the encoding
//     built into its embedded Type 1 program, as PDF text extraction is
//     specified.
//   - cff.go: the encoding built into an embedded CFF (Type 1C) program.
//   - ps.go, lex.go: inline image data is skipped, not tokenised; Interpret
//     reads at most maxInterpretBytes decoded bytes of a stream.
//   - text.go: utf16Decode no longer reads past an odd-length string.
//   - read.go: Value.KeyRef, to key caches by object.
//   - page.go, text.go: the upstream text-layout helpers (GetPlainText,
//     Content, GetTextByRow/Column, Outline) are removed; ingest lays out
//     text itself.
//
// Values and the objects behind them are shared between callers and must
// not be modified.
//
// # Overview
//
// PDF is Adobe's Portable Document Format, ubiquitous on the internet.
// A PDF document is a complex data format built on a fairly simple structure.
// This package exposes the simple structure along with some wrappers to
// extract basic information. If more complex information is needed, it is
// possible to extract that information by interpreting the structure exposed
// by this package.
//
// Specifically, a PDF is a data structure built from Values, each of which has
// one of the following Kinds:
//
//	Null, for the null object.
//	Integer, for an integer.
//	Real, for a floating-point number.
//	Bool, for a boolean value.
//	Name, for a name constant (as in /Helvetica).
//	String, for a string constant.
//	Dict, for a dictionary of name-value pairs.
//	Array, for an array of values.
//	Stream, for an opaque data stream and associated header dictionary.
//
// The accessors on Value—Int64, Float64, Bool, Name, and so on—return
// a view of the data as the given type. When there is no appropriate view,
// the accessor returns a zero result. For example, the Name accessor returns
// the empty string if called on a Value v for which v.Kind() != Name.
// Returning zero values this way, especially from the Dict and Array accessors,
// which themselves return Values, makes it possible to traverse a PDF quickly
// without writing any error checking. On the other hand, it means that mistakes
// can go unreported.
//
// The basic structure of the PDF file is exposed as the graph of Values.
//
// Most richer data structures in a PDF file are dictionaries with specific interpretations
// of the name-value pairs. The Font and Page wrappers make the interpretation
// of a specific Value as the corresponding type easier. They are only helpers, though:
// they are implemented only in terms of the Value API and could be moved outside
// the package. Equally important, traversal of other PDF data structures can be implemented
// in other packages as needed.
package pdf
