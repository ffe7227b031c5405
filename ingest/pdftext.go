package ingest

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/ingest/internal/pdf"
)

// pdfDoc holds what the pages of one document share: its fonts, each
// decoded once (the widths and the text encoding with its ToUnicode map).
type pdfDoc struct {
	mu    sync.Mutex
	fonts map[pdf.Ref]*pdfFont
}

func newPDFDoc() *pdfDoc { return &pdfDoc{fonts: map[pdf.Ref]*pdfFont{}} }

// pdfFont is a font as the text extraction needs it.
type pdfFont struct {
	enc    pdf.TextEncoding
	first  int
	widths []float64
}

func newPDFFont(v pdf.Value) *pdfFont {
	f := pdf.Font{V: v}
	pf := &pdfFont{enc: f.Encoder(), first: f.FirstChar()}
	if w := v.Key("Widths"); w.Kind() == pdf.Array && w.Len() <= 1<<16 {
		pf.widths = make([]float64, w.Len())
		for i := range pf.widths {
			pf.widths[i] = w.Index(i).Float64()
		}
	}
	return pf
}

// width is the width of the glyph for code in thousandths of an em.
func (f *pdfFont) width(code int) float64 {
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return 0
}

// font returns the font resource name of a resource dictionary, shared
// across pages when it is an indirect object; nil when there is no such font.
func (d *pdfDoc) font(res pdf.Value, name string) *pdfFont {
	fonts := res.Key("Font")
	v := fonts.Key(name)
	if v.Kind() != pdf.Dict {
		return nil
	}
	ref, shared := fonts.KeyRef(name)
	if !shared {
		return newPDFFont(v)
	}
	d.mu.Lock()
	f, ok := d.fonts[ref]
	d.mu.Unlock()
	if !ok {
		f = newPDFFont(v)
		d.mu.Lock()
		d.fonts[ref] = f
		d.mu.Unlock()
	}
	return f
}

// pageTexts extracts the text of every page on up to workers goroutines;
// texts[i] is page i+1's. A page that breaks the parser fails the document.
func (d *pdfDoc) pageTexts(pages []pdf.Page, workers int) ([]string, error) {
	texts := make([]string, len(pages))
	workers = max(1, min(workers, len(pages)))
	var next, total atomic.Int64
	var failed atomic.Pointer[error]
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					err := fmt.Errorf("%v", r)
					failed.CompareAndSwap(nil, &err)
				}
			}()
			for failed.Load() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(pages) {
					return
				}
				texts[i] = d.pageText(pages[i])
				if total.Add(int64(len(texts[i]))) > maxPDFText {
					panic("text too large")
				}
			}
		})
	}
	wg.Wait()
	if err := failed.Load(); err != nil {
		return nil, *err
	}
	return texts, nil
}

// pageText interprets a page's content stream and writes its text, with a
// line break where the text moves to another line, a blank line where it
// moves further than a line and a space where it jumps right on a line.
func (d *pdfDoc) pageText(p pdf.Page) string {
	contents := p.V.Key("Contents")
	if contents.Kind() == pdf.Null {
		return ""
	}
	var b strings.Builder
	forms := 0
	newTextState(d, p.Resources(), &b, &forms).run(contents)
	return b.String()
}

// Bounds on the form XObjects one page may draw, against forms that draw
// each other in loops or fan out without end.
const (
	maxPDFFormDepth = 8    // forms inside forms
	maxPDFForms     = 4096 // forms drawn per page
)

func newTextState(d *pdfDoc, res pdf.Value, b *strings.Builder, forms *int) *textState {
	t := &textState{doc: d, res: res, fonts: map[string]*pdfFont{}, size: 1, b: b, forms: forms}
	t.resetMatrix()
	return t
}

// run interprets a content stream.
func (t *textState) run(contents pdf.Value) {
	pdf.Interpret(contents, func(stk *pdf.Stack, op string) {
		t.op(op, popAll(stk))
		if t.b.Len() > maxPDFText {
			panic("text too large")
		}
	})
}

// drawForm writes the text of the form XObject name (a figure included by
// pdfTeX, a repeated header), set apart from the text around it by line
// breaks: its coordinates are its own.
func (t *textState) drawForm(name string) {
	xobjs := t.res.Key("XObject")
	form := xobjs.Key(name)
	if form.Kind() != pdf.Stream || form.Key("Subtype").Name() != "Form" ||
		len(t.active) >= maxPDFFormDepth || *t.forms >= maxPDFForms {
		return
	}
	ref, indirect := xobjs.KeyRef(name)
	if indirect && slices.Contains(t.active, ref) {
		return // the form draws itself
	}
	*t.forms++
	res := form.Key("Resources")
	if res.Kind() != pdf.Dict {
		res = t.res
	}
	sub := newTextState(t.doc, res, t.b, t.forms)
	sub.active = append(slices.Clone(t.active), ref)
	sub.breakFirst = t.shown
	sub.run(form)
	if sub.shown {
		// What follows starts a new block.
		t.shown, t.endX, t.endY = true, math.Inf(1), math.Inf(1)
	}
}

// popAll empties the operand stack, first operand first.
func popAll(stk *pdf.Stack) []pdf.Value {
	args := make([]pdf.Value, stk.Len())
	for i := len(args) - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

// textState follows the text operators of one content stream.
type textState struct {
	doc     *pdfDoc
	res     pdf.Value // the resource dictionary: fonts and XObjects
	fonts   map[string]*pdfFont
	font    *pdfFont
	size    float64
	leading float64
	tm, tlm [6]float64 // text matrix and text line matrix
	b       *strings.Builder
	shown   bool    // something was written
	endX    float64 // where the last shown text ended
	endY    float64

	breakFirst bool      // a form's text: break the line before its first text
	active     []pdf.Ref // the forms being drawn, outermost first
	forms      *int      // forms drawn on the page so far
}

func (t *textState) resetMatrix() {
	t.tm = [6]float64{1, 0, 0, 1, 0, 0}
	t.tlm = t.tm
}

func (t *textState) op(op string, args []pdf.Value) {
	switch op {
	case "BT":
		t.resetMatrix()
	case "Tf":
		if len(args) == 2 {
			t.setFont(args[0].Name(), args[1].Float64())
		}
	case "TL":
		if len(args) == 1 {
			t.leading = args[0].Float64()
		}
	case "Td", "TD":
		if len(args) == 2 {
			if op == "TD" {
				t.leading = -args[1].Float64()
			}
			t.moveLine(args[0].Float64(), args[1].Float64())
		}
	case "Tm":
		if len(args) == 6 {
			for i := range t.tm {
				t.tm[i] = args[i].Float64()
			}
			t.tlm = t.tm
		}
	case "T*":
		t.moveLine(0, -t.leading)
	case "Do":
		if len(args) == 1 {
			t.drawForm(args[0].Name())
		}
	default:
		t.showOp(op, args)
	}
}

// showOp handles the text-showing operators.
func (t *textState) showOp(op string, args []pdf.Value) {
	switch {
	case op == "Tj" && len(args) == 1:
		t.show(args[0].RawString())
	case op == "'" && len(args) == 1:
		t.moveLine(0, -t.leading)
		t.show(args[0].RawString())
	case op == "\"" && len(args) == 3:
		t.moveLine(0, -t.leading)
		t.show(args[2].RawString())
	case op == "TJ" && len(args) == 1 && args[0].Kind() == pdf.Array:
		arr := args[0]
		for i := 0; i < arr.Len(); i++ {
			v := arr.Index(i)
			if v.Kind() == pdf.String {
				t.show(v.RawString())
			} else if n := v.Float64(); n < -200 {
				t.advance(-n / 1000 * t.size)
			}
		}
	}
}

func (t *textState) setFont(name string, size float64) {
	f, ok := t.fonts[name]
	if !ok {
		f = t.doc.font(t.res, name)
		t.fonts[name] = f
	}
	t.font, t.size = f, size
}

// moveLine starts a new line offset by (tx, ty) from the current one.
func (t *textState) moveLine(tx, ty float64) {
	m := t.tlm
	m[4] += tx*m[0] + ty*m[2]
	m[5] += tx*m[1] + ty*m[3]
	t.tlm, t.tm = m, m
}

// advance moves the text position right by w text-space units.
func (t *textState) advance(w float64) {
	t.tm[4] += w * t.tm[0]
	t.tm[5] += w * t.tm[1]
}

// fontSize is the font size in user space.
func (t *textState) fontSize() float64 {
	s := math.Abs(t.size) * math.Hypot(t.tm[2], t.tm[3])
	if s < 0.1 {
		return 1
	}
	return s
}

// show writes the decoded string raw, after the separator its position calls for.
func (t *textState) show(raw string) {
	text := raw
	if t.font != nil {
		text = t.font.enc.Decode(raw)
	}
	t.separate(text)
	t.b.WriteString(text)
	t.advance(t.width(raw, text))
	t.endX, t.endY, t.shown = t.tm[4], t.tm[5], true
}

// separate writes a line break, blank line or space when the position
// moved away from where the last text ended.
func (t *textState) separate(next string) {
	if !t.shown {
		if t.breakFirst {
			t.b.WriteByte('\n')
		}
		return
	}
	size := t.fontSize()
	dy, dx := math.Abs(t.tm[5]-t.endY), t.tm[4]-t.endX
	switch {
	case dy > 1.8*size:
		t.b.WriteString("\n\n")
	case dy > 0.5*size:
		t.b.WriteByte('\n')
	case (dx > 0.15*size || dx < -size) && !strings.HasPrefix(next, " ") && !strings.HasSuffix(t.b.String(), " "):
		t.b.WriteByte(' ')
	}
}

// width is the advance of raw in text-space units: from the font's widths
// when it has them, else half an em per character.
func (t *textState) width(raw, text string) float64 {
	if t.font != nil && len(t.font.widths) > 0 {
		w := 0.0
		for i := 0; i < len(raw); i++ {
			w += t.font.width(int(raw[i]))
		}
		return w / 1000 * t.size
	}
	return float64(utf8.RuneCountInString(text)) * 0.5 * t.size
}
