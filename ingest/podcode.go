package ingest

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// POD formatting codes (perlpod, "Formatting Codes"): a capital letter and
// "<" open one, ">" closes it; "B<< $a <=> $b >>" (two or more angles and
// white space) closes only at white space and as many ">". Codes nest.

// podNode is a run of text of a POD paragraph, or a formatting code with
// the nodes of its content.
type podNode struct {
	code       byte // 0 for a run of text
	start, end int  // the source bytes of the run, or of the whole code
	in, inEnd  int  // a code's content, without its brackets and their white space
	kids       []podNode
}

// podCodeLetters are the formatting codes perlpod defines; any other
// letter before "<" is text ("HASH<0x1>" holds no code but E's).
const podCodeLetters = "BCEFILSXZ"

// maxPodDepth is how deep codes nest at most; a code opened deeper is
// text (real POD nests two or three deep).
const maxPodDepth = 32

// podFrame is a formatting code still open while parsing.
type podFrame struct {
	node   podNode
	angles int
}

// parsePodCodes parses the formatting codes of the paragraph src[start:end].
// A code left open at the end of the paragraph is text: its opening
// bracket is kept as written and its content read as if it were not there.
func parsePodCodes(src string, start, end int) []podNode {
	stack := []podFrame{{}}
	text := start
	flush := func(i int) {
		if i > text {
			top := &stack[len(stack)-1].node
			top.kids = append(top.kids, podNode{start: text, end: i})
		}
	}
	closeTop := func(inEnd, next int) {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		f.node.inEnd, f.node.end = inEnd, next
		parent := &stack[len(stack)-1].node
		parent.kids = append(parent.kids, f.node)
		text = next
	}
	for i := start; i < end; {
		c := src[i]
		if top := stack[len(stack)-1]; len(stack) > 1 {
			if top.angles == 1 && c == '>' {
				flush(i)
				closeTop(i, i+1)
				i++
				continue
			}
			if top.angles > 1 && (isPodSpace(c) || i == top.node.in) {
				j := i
				for j < end && isPodSpace(src[j]) {
					j++
				}
				k := j
				for k < end && k-j < top.angles && src[k] == '>' {
					k++
				}
				if k-j == top.angles {
					flush(i)
					closeTop(i, k)
					i = k
					continue
				}
				if j > i {
					i = j // the white space closes nothing: on after it
					continue
				}
			}
		}
		if strings.IndexByte(podCodeLetters, c) >= 0 && i+1 < end && src[i+1] == '<' && len(stack) <= maxPodDepth {
			n := 1
			for i+1+n < end && src[i+1+n] == '<' {
				n++
			}
			flush(i)
			f := podFrame{node: podNode{code: c, start: i, in: i + 2}, angles: 1}
			if n >= 2 && i+1+n < end && isPodSpace(src[i+1+n]) {
				j := i + 1 + n
				for j < end && isPodSpace(src[j]) {
					j++
				}
				f = podFrame{node: podNode{code: c, start: i, in: j}, angles: n}
			}
			stack = append(stack, f)
			i, text = f.node.in, f.node.in
			continue
		}
		i++
	}
	flush(end)
	for len(stack) > 1 { // unclosed: the opening is text, the content the parent's
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		parent := &stack[len(stack)-1].node
		parent.kids = append(parent.kids, podNode{start: f.node.start, end: f.node.in})
		parent.kids = append(parent.kids, f.node.kids...)
	}
	return stack[0].node.kids
}

func isPodSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// podPiece is a piece of rendered text: a copy of the source bytes
// [src, srcEnd) when verbatim, else what a code there stands for.
type podPiece struct {
	text        string
	src, srcEnd int
	verbatim    bool
}

// podRenderer renders parsed nodes of src as text pieces.
type podRenderer struct {
	src    string
	pieces []podPiece
}

func (r *podRenderer) nodes(ns []podNode) {
	for _, n := range ns {
		r.node(n)
	}
}

// nodesIn renders the parts of ns that lie in the source range [lo, hi):
// runs of text cut to it, codes wholly inside it.
func (r *podRenderer) nodesIn(ns []podNode, lo, hi int) {
	for _, n := range ns {
		switch {
		case n.code == 0:
			if s, e := max(n.start, lo), min(n.end, hi); s < e {
				r.verbatim(s, e)
			}
		case n.start >= lo && n.end <= hi:
			r.node(n)
		}
	}
}

func (r *podRenderer) verbatim(s, e int) {
	r.pieces = append(r.pieces, podPiece{text: r.src[s:e], src: s, srcEnd: e, verbatim: true})
}

func (r *podRenderer) node(n podNode) {
	switch n.code {
	case 0:
		r.verbatim(n.start, n.end)
	case 'X', 'Z': // an index entry, a zero-width mark: no text
	case 'E':
		if ch, ok := podEntity(r.src[n.in:n.inEnd]); ok {
			r.pieces = append(r.pieces, podPiece{text: ch, src: n.start, srcEnd: n.end})
		} else {
			r.verbatim(n.start, n.end)
		}
	case 'L':
		r.link(n)
	default: // B, I, C, F, S: the content
		r.nodes(n.kids)
	}
}

// link renders L<...> as perlpodspec infers its text: "text" of
// L<text|target>, the name of L<name> or L<url>, and for a link to a
// section, which no one piece of the source spells, "sec" or
// "sec" in name (Pod::ParseLink) as one piece standing for the whole code.
func (r *podRenderer) link(n podNode) {
	if bar := podTopByte(r.src, n.kids, '|'); bar >= 0 {
		r.nodesIn(n.kids, n.in, bar)
		return
	}
	name, sec := "", ""
	switch slash := podTopByte(r.src, n.kids, '/'); {
	case podTopText(r.src, n.kids, func(s string) bool { return strings.Contains(s, "://") }):
		r.nodes(n.kids)
		return
	case slash >= 0:
		name, sec = r.plainIn(n.kids, n.in, slash), r.plainIn(n.kids, slash+1, n.inEnd)
	case strings.HasPrefix(r.src[n.in:n.inEnd], `"`) || podTopText(r.src, n.kids, func(s string) bool { return strings.ContainsAny(strings.TrimSpace(s), " \t\n") }):
		sec = r.plainIn(n.kids, n.in, n.inEnd) // L<"sec">, L<a section name>
	default:
		r.nodes(n.kids)
		return
	}
	text := `"` + strings.TrimSpace(strings.Trim(strings.TrimSpace(sec), `"`)) + `"`
	if name = strings.TrimSpace(name); name != "" {
		text += " in " + name
	}
	r.pieces = append(r.pieces, podPiece{text: text, src: n.start, srcEnd: n.end})
}

// plainIn returns the text the nodes in [lo, hi) render to.
func (r *podRenderer) plainIn(ns []podNode, lo, hi int) string {
	sub := podRenderer{src: r.src}
	sub.nodesIn(ns, lo, hi)
	var b strings.Builder
	for _, p := range sub.pieces {
		b.WriteString(p.text)
	}
	return b.String()
}

// podTopByte returns the offset of the first c in the runs of text of ns
// (not inside a nested code), or -1.
func podTopByte(src string, ns []podNode, c byte) int {
	for _, n := range ns {
		if n.code == 0 {
			if i := strings.IndexByte(src[n.start:n.end], c); i >= 0 {
				return n.start + i
			}
		}
	}
	return -1
}

// podTopText reports whether one of the runs of text of ns (not inside a
// nested code) satisfies f.
func podTopText(src string, ns []podNode, f func(string) bool) bool {
	for _, n := range ns {
		if n.code == 0 && f(src[n.start:n.end]) {
			return true
		}
	}
	return false
}

// podEntity returns the character E<name> stands for: a name of perlpod
// (lt, gt, verbar, sol) or of HTML (eacute, nbsp), or a number (decimal,
// 0x hexadecimal, 0 octal).
func podEntity(name string) (string, bool) {
	name = strings.TrimSpace(name)
	switch name {
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "verbar":
		return "|", true
	case "sol":
		return "/", true
	case "":
		return "", false
	}
	if name[0] >= '0' && name[0] <= '9' {
		digits, base := name, 10
		switch {
		case strings.HasPrefix(name, "0x"), strings.HasPrefix(name, "0X"):
			digits, base = name[2:], 16
		case len(name) > 1 && name[0] == '0':
			digits, base = name[1:], 8
		}
		n, err := strconv.ParseUint(digits, base, 32)
		if err != nil || n == 0 || !utf8.ValidRune(rune(n)) || strings.ContainsRune(digits, '_') {
			return "", false
		}
		return string(rune(n)), true
	}
	for _, c := range []byte(name) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return "", false
		}
	}
	ref := "&" + name + ";"
	if dec := html.UnescapeString(ref); dec != ref {
		return dec, true
	}
	return "", false
}
