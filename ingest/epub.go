package ingest

import (
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
)

// epubExtractor reads the chapter files of an EPUB (2 or 3) in spine
// order, each as HTML (the same rules as htmlExtractor): chapters are
// separated by a blank line and never share a passage, headings are
// sections, and every paragraph gets a segment naming its chapter file
// (Part) and its number within that file (Para).
type epubExtractor struct{}

func (epubExtractor) Format() corpus.Format { return corpus.EPUB }

// epubPackage is the part of the OPF package document Verbatim reads.
type epubPackage struct {
	Title    []string `xml:"metadata>title"`
	Manifest []struct {
		ID        string `xml:"id,attr"`
		Href      string `xml:"href,attr"`
		MediaType string `xml:"media-type,attr"`
	} `xml:"manifest>item"`
	Spine []struct {
		IDRef string `xml:"idref,attr"`
	} `xml:"spine>itemref"`
}

func (epubExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	z, err := openZip(path, "epub", data)
	if err != nil {
		return corpus.Extraction{}, err
	}
	opfName, pkg, err := epubOPF(z)
	if err != nil {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: epub: %w", path, err)
	}
	encrypted := epubEncrypted(z)
	var (
		ex corpus.Extraction
		b  strings.Builder
	)
	for _, name := range epubChapters(opfName, pkg) {
		if encrypted[name] {
			return corpus.Extraction{}, fmt.Errorf("ingest: %s: epub: %s is encrypted (DRM); Verbatim reads only unencrypted books", path, name)
		}
		doc, err := z.read(name)
		if err != nil {
			return corpus.Extraction{}, fmt.Errorf("ingest: %s: epub: %w", path, err)
		}
		ch, err := htmlExtractor{}.Extract(name, doc)
		if err != nil {
			return corpus.Extraction{}, fmt.Errorf("ingest: %s: epub: %w", path, err)
		}
		epubAppend(&ex, &b, name, ch)
	}
	ex.Text = b.String()
	if strings.TrimSpace(ex.Text) == "" {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, ErrNoText)
	}
	for _, t := range pkg.Title {
		if t = collapseSpace(t); t != "" {
			ex.Title = t
			break
		}
	}
	if ex.Title == "" {
		ex.Title = firstTitle(ex.Sections, "")
	}
	return ex, nil
}

// epubOPF finds the package document through META-INF/container.xml.
func epubOPF(z *zipDoc) (string, epubPackage, error) {
	var pkg epubPackage
	c, err := z.read("META-INF/container.xml")
	if err != nil {
		return "", pkg, err
	}
	var container struct {
		Rootfiles []struct {
			FullPath  string `xml:"full-path,attr"`
			MediaType string `xml:"media-type,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := xml.Unmarshal(c, &container); err != nil {
		return "", pkg, fmt.Errorf("%w: META-INF/container.xml: %v", ErrMalformed, err)
	}
	name := ""
	for _, r := range container.Rootfiles {
		if r.MediaType == "" || r.MediaType == "application/oebps-package+xml" {
			name = resolveHref("", r.FullPath)
			break
		}
	}
	if name == "" {
		return "", pkg, fmt.Errorf("%w: META-INF/container.xml names no package document", ErrMalformed)
	}
	opf, err := z.read(name)
	if err != nil {
		return "", pkg, err
	}
	if err := xml.Unmarshal(opf, &pkg); err != nil {
		return "", pkg, fmt.Errorf("%w: %s: %v", ErrMalformed, name, err)
	}
	return name, pkg, nil
}

// epubChapters lists the (X)HTML members of the spine in reading order,
// each once.
func epubChapters(opfName string, pkg epubPackage) []string {
	byID := make(map[string]string, len(pkg.Manifest))
	for _, it := range pkg.Manifest {
		if strings.Contains(it.MediaType, "html") {
			byID[it.ID] = resolveHref(opfName, it.Href)
		}
	}
	seen := map[string]bool{}
	var out []string
	for _, it := range pkg.Spine {
		if name, ok := byID[it.IDRef]; ok && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// epubEncrypted returns the members META-INF/encryption.xml lists (fonts
// are often only obfuscated; a listed chapter means DRM).
func epubEncrypted(z *zipDoc) map[string]bool {
	data, err := z.read("META-INF/encryption.xml")
	if err != nil {
		return nil
	}
	var enc struct {
		Refs []struct {
			URI string `xml:"URI,attr"`
		} `xml:"EncryptedData>CipherData>CipherReference"`
	}
	if xml.Unmarshal(data, &enc) != nil {
		return nil
	}
	out := map[string]bool{}
	for _, r := range enc.Refs {
		out[resolveHref("", r.URI)] = true
	}
	return out
}

// epubAppend adds one chapter's extraction to ex and b: a blank line and a
// break before it, its sections moved, one segment per paragraph (text
// between blank lines) with the chapter as Part.
func epubAppend(ex *corpus.Extraction, b *strings.Builder, name string, ch corpus.Extraction) {
	text := strings.TrimSpace(ch.Text)
	if text == "" {
		return
	}
	lead := strings.Index(ch.Text, text)
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	base := b.Len()
	b.WriteString(text)
	ex.Breaks = append(ex.Breaks, base)
	for _, s := range ch.Sections {
		s.Start = base + min(max(0, s.Start-lead), len(text))
		ex.Sections = append(ex.Sections, s)
	}
	para, off := 0, 0
	for off < len(text) {
		end := strings.Index(text[off:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if p := strings.TrimSpace(text[off:end]); p != "" {
			para++
			start := off + strings.Index(text[off:end], p)
			ex.Map = append(ex.Map, corpus.Segment{
				Start: base + start, End: base + start + len(p), SrcStart: -1, SrcEnd: -1, Part: name, Para: para,
			})
		}
		off = end + 2
	}
}
