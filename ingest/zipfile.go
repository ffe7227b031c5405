package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
)

// Limits of the decompressed bytes read from a zipped document (DOCX, ODT,
// EPUB, PPTX, XLSX): maxZipPart per member, maxZipTotal for all members of
// one file together. A zip bomb fails with ErrTooLarge.
const (
	maxZipPart  = 64 << 20
	maxZipTotal = 256 << 20
)

// cfbMagic starts an OLE compound file: what Office writes for encrypted
// OOXML documents and for the pre-2007 binary formats.
var cfbMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")

// zipDoc reads the members of a zipped document within a byte budget.
type zipDoc struct {
	path  string // the document's path, for errors
	files map[string]*zip.File
	left  int64 // decompressed bytes the budget still allows
}

// openZip opens data as a zip archive; format names the kind of document
// in errors ("epub", "xlsx").
func openZip(path, format string, data []byte) (*zipDoc, error) {
	if bytes.HasPrefix(data, cfbMagic) {
		return nil, fmt.Errorf("ingest: %s: %w: %s: this is an OLE compound file, not a zip: the document is password-protected, or in the old binary format (.doc, .xls, .ppt), which Verbatim does not read", path, ErrMalformed, format)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: %w: %s: %v", path, ErrMalformed, format, err)
	}
	z := &zipDoc{path: path, files: make(map[string]*zip.File, len(zr.File)), left: maxZipTotal}
	for _, f := range zr.File {
		if _, dup := z.files[f.Name]; !dup {
			z.files[f.Name] = f
		}
	}
	return z, nil
}

// has reports whether the archive has a member called name.
func (z *zipDoc) has(name string) bool {
	_, ok := z.files[name]
	return ok
}

// read returns the bytes of member name, at most maxZipPart of them and
// within what is left of the budget.
func (z *zipDoc) read(name string) ([]byte, error) {
	f, ok := z.files[name]
	if !ok {
		return nil, fmt.Errorf("%w: no %s", ErrMalformed, name)
	}
	limit := min(int64(maxZipPart), z.left)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, name, err)
	case int64(len(b)) > limit:
		return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
	}
	z.left -= int64(len(b))
	return b, nil
}

// resolveHref returns the member name that href, relative to the member base,
// points at: URL-decoded, fragment dropped, "." and ".." resolved; an
// absolute href ("/ppt/slides/slide1.xml") counts from the archive root.
func resolveHref(base, href string) string {
	href, _, _ = strings.Cut(href, "#")
	if u, err := url.PathUnescape(href); err == nil {
		href = u
	}
	if strings.HasPrefix(href, "/") {
		return strings.TrimPrefix(path.Clean(href), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Join(path.Dir(base), href)), "/")
}

// relation is one relationship of an OOXML part: its target member,
// resolved against the part, and its type URI.
type relation struct {
	target, kind string
}

// relationships parses the .rels part of the part owner: relationship id
// → relation. External targets are left out.
func relationships(z *zipDoc, owner string) (map[string]relation, error) {
	relsName := "_rels/.rels" // the package's own relationships
	if owner != "" {
		relsName = path.Join(path.Dir(owner), "_rels", path.Base(owner)+".rels")
	}
	data, err := z.read(relsName)
	if err != nil {
		return nil, err
	}
	var rels struct {
		Rel []struct {
			ID       string `xml:"Id,attr"`
			Target   string `xml:"Target,attr"`
			Mode     string `xml:"TargetMode,attr"`
			TypeName string `xml:"Type,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &rels); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, relsName, err)
	}
	out := make(map[string]relation, len(rels.Rel))
	for _, r := range rels.Rel {
		if !strings.EqualFold(r.Mode, "External") {
			out[r.ID] = relation{target: resolveHref(owner, r.Target), kind: r.TypeName}
		}
	}
	return out, nil
}
