package config

import (
	"reflect"

	"github.com/go-viper/mapstructure/v2"

	"github.com/verbatim-rag/verbatim/generate/lossy"
)

// priorityHook undoes viper's splitting of keys at dots for
// model.priority, whose keys are globs: "*.md": 4 reaches the decoder as
// {"*": {"md": 4}} and is decoded as {"*.md": 4}.
func priorityHook() mapstructure.DecodeHookFuncType {
	priorityType := reflect.TypeOf(lossy.Priority{})
	return func(from, to reflect.Type, data any) (any, error) {
		m, ok := data.(map[string]any)
		if to != priorityType || !ok {
			return data, nil
		}
		out := map[string]any{}
		joinKeys("", m, out)
		return out, nil
	}
}

func joinKeys(prefix string, m map[string]any, out map[string]any) {
	for k, v := range m {
		if prefix != "" {
			k = prefix + "." + k
		}
		if sub, ok := v.(map[string]any); ok {
			joinKeys(k, sub, out)
			continue
		}
		out[k] = v
	}
}
