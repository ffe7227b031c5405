package pdf

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/assert"
)

// cffIndex builds a CFF INDEX with 4-byte offsets.
func cffIndex(items ...[]byte) []byte {
	if len(items) == 0 {
		return []byte{0, 0}
	}
	b := binary.BigEndian.AppendUint16(nil, uint16(len(items)))
	b = append(b, 4)
	off := 1
	b = binary.BigEndian.AppendUint32(b, uint32(off))
	for _, it := range items {
		off += len(it)
		b = binary.BigEndian.AppendUint32(b, uint32(off))
	}
	for _, it := range items {
		b = append(b, it...)
	}
	return b
}

// cffOperand is a 5-byte integer operand, so the Top DICT's size does not
// depend on the offsets it holds.
func cffOperand(v int) []byte { return binary.BigEndian.AppendUint32([]byte{29}, uint32(v)) }

// buildCFF builds a CFF program with glyphs glyphs, the given charset and
// encoding tables (encoding nil: the standard encoding) and custom strings.
func buildCFF(glyphs int, charset, encoding []byte, strs ...string) []byte {
	header := []byte{1, 0, 4, 4}
	names := cffIndex([]byte("Test"))
	var items [][]byte
	for _, s := range strs {
		items = append(items, []byte(s))
	}
	strIdx := cffIndex(items...)
	gsubrs := cffIndex()
	const topSize = 2 + 1 + 2*4 + 3*6
	charStringsOff := len(header) + len(names) + topSize + len(strIdx) + len(gsubrs)
	var cs [][]byte
	for range glyphs {
		cs = append(cs, []byte{14}) // endchar
	}
	charStrings := cffIndex(cs...)
	charsetOff := charStringsOff + len(charStrings)
	encOff := charsetOff + len(charset)
	if encoding == nil {
		encOff = 0
	}
	top := append(cffOperand(charsetOff), 15)
	top = append(append(top, cffOperand(encOff)...), 16)
	top = append(append(top, cffOperand(charStringsOff)...), 17)
	out := append(append(append(header, names...), cffIndex(top)...), strIdx...)
	out = append(append(append(out, gsubrs...), charStrings...), charset...)
	return append(out, encoding...)
}

func TestCFFCodeNames(t *testing.T) {
	tests := []struct {
		name string
		font []byte
		want map[byte]string
	}{
		{"charset and encoding format 0, a custom string",
			buildCFF(4, []byte{0, 1, 135, 0, 109, 0, 34}, []byte{0, 3, 11, 12, 65}, "ff"),
			map[byte]string{11: "ff", 12: "fi", 65: "A"}},
		{"charset and encoding in ranges, the expert ligatures",
			buildCFF(4, []byte{1, 1, 10, 1, 0, 34, 0}, []byte{1, 2, 11, 1, 65, 0}),
			map[byte]string{11: "ff", 12: "ffi", 65: "A"}},
		{"supplementary codes",
			buildCFF(2, []byte{0, 0, 109}, []byte{0x80, 1, 12, 1, 200, 0, 116}),
			map[byte]string{12: "fi", 200: "bullet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cffCodeNames(tt.font)
			assert.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCFFCodeNamesRejects(t *testing.T) {
	good := buildCFF(4, []byte{0, 1, 135, 0, 109, 0, 34}, []byte{0, 3, 11, 12, 65}, "ff")
	tests := []struct {
		name string
		font []byte
	}{
		{"standard encoding", buildCFF(2, []byte{0, 0, 109}, nil)},
		{"truncated", good[:len(good)-3]},
		{"empty", nil},
		{"bad offset size", append(append([]byte{1, 0, 4, 4}, 0, 1, 9), good[7:]...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := cffCodeNames(tt.font)
			assert.ErrorIs(t, err, errCFF)
		})
	}
}

func FuzzCFFCodeNames(f *testing.F) {
	f.Add(buildCFF(4, []byte{0, 1, 135, 0, 109, 0, 34}, []byte{0, 3, 11, 12, 65}, "ff"))
	f.Add(buildCFF(4, []byte{1, 1, 10, 1, 0, 34, 0}, []byte{1, 2, 11, 1, 65, 0}))
	f.Add(buildCFF(2, []byte{2, 0, 109, 0, 5}, []byte{0x81, 1, 12, 0, 1, 200, 0, 116}))
	f.Fuzz(func(t *testing.T, data []byte) {
		names, err := cffCodeNames(data)
		if err != nil {
			assert.Nil(t, names)
		}
	})
}
