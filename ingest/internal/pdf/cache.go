package pdf

// This file is not part of the upstream library: it is the per-document
// cache that makes each object be parsed, and each object stream be
// inflated, once instead of on every lookup.

import (
	"bytes"
	"fmt"
	"io"
	"sync"
)

// Bounds of the per-document cache, so that a hostile file cannot grow it
// without limit: past a bound the cache is emptied and filled again.
const (
	maxCachedObjects  = 1 << 17  // parsed objects
	maxCachedStmBytes = 64 << 20 // decoded bytes of object streams
	maxObjStmBytes    = 32 << 20 // decoded bytes of one object stream
	maxObjStmObjects  = 1 << 20  // objects one object stream may declare
	maxObjStmChain    = 64       // object streams linked by Extends
)

// cache holds the parsed objects and decoded object streams of one Reader.
// It is safe for concurrent use; the cached objects are shared and must not
// be modified.
type cache struct {
	mu       sync.Mutex
	objs     map[objptr]object
	stms     map[objptr]*objStm
	stmBytes int
}

// objStm is a decoded object stream: its bytes and where each object starts.
type objStm struct {
	data    []byte
	offsets map[uint32]int64
}

func (c *cache) object(ptr objptr) (object, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	obj, ok := c.objs[ptr]
	return obj, ok
}

func (c *cache) putObject(ptr objptr, obj object) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.objs == nil || len(c.objs) >= maxCachedObjects {
		c.objs = make(map[objptr]object)
	}
	c.objs[ptr] = obj
}

func (c *cache) stream(ptr objptr) *objStm {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stms[ptr]
}

func (c *cache) putStream(ptr objptr, s *objStm) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stms == nil || c.stmBytes+len(s.data) > maxCachedStmBytes {
		c.stms, c.stmBytes = make(map[objptr]*objStm), 0
	}
	c.stms[ptr] = s
	c.stmBytes += len(s.data)
}

// reset empties the cache.
func (c *cache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.objs, c.stms, c.stmBytes = nil, nil, 0
}

// objStream decodes the object stream strm, or returns it from the cache.
func (r *Reader) objStream(strm Value) *objStm {
	if strm.Kind() != Stream {
		panic("not a stream")
	}
	ptr := strm.data.(stream).ptr
	if s := r.cache.stream(ptr); s != nil {
		return s
	}
	if strm.Key("Type").Name() != "ObjStm" {
		panic("not an object stream")
	}
	n := strm.Key("N").Int64()
	first := strm.Key("First").Int64()
	if first <= 0 {
		panic("missing First")
	}
	if n < 0 || n > maxObjStmObjects {
		panic(fmt.Errorf("object stream declares %d objects", n))
	}
	rd := strm.Reader()
	defer rd.Close()
	data, err := io.ReadAll(io.LimitReader(rd, maxObjStmBytes+1))
	if err != nil && len(data) == 0 {
		panic(fmt.Errorf("reading object stream: %v", err))
	}
	if len(data) > maxObjStmBytes {
		panic(fmt.Errorf("object stream larger than %d bytes", maxObjStmBytes))
	}
	s := &objStm{data: data, offsets: make(map[uint32]int64, n)}
	b := newBuffer(bytes.NewReader(data), 0)
	b.allowEOF = true
	for i := int64(0); i < n; i++ {
		id, ok1 := b.readToken().(int64)
		off, ok2 := b.readToken().(int64)
		if !ok1 || !ok2 {
			break
		}
		if _, dup := s.offsets[uint32(id)]; !dup {
			s.offsets[uint32(id)] = first + off
		}
	}
	r.cache.putStream(ptr, s)
	return s
}
