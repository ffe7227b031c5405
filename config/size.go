package config

import (
	"reflect"

	"github.com/go-viper/mapstructure/v2"

	"github.com/verbatim-rag/verbatim/bytesize"
)

// sizeHook lets int64 fields take sizes with units ("32MiB") from files,
// environment variables and flags.
func sizeHook() mapstructure.DecodeHookFuncType {
	int64Type := reflect.TypeOf(int64(0))
	return func(from, to reflect.Type, data any) (any, error) {
		if from.Kind() != reflect.String || to != int64Type {
			return data, nil
		}
		return bytesize.Parse(data.(string))
	}
}
