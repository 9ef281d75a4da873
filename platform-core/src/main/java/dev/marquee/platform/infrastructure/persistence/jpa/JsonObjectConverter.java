package dev.marquee.platform.infrastructure.persistence.jpa;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stores a map of plugin settings as a JSON object in a text column. */
@Converter
public class JsonObjectConverter implements AttributeConverter<Map<String, Object>, String> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(Map<String, Object> attribute) {
        return JSONB.toJson(attribute == null ? Map.of() : attribute);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new LinkedHashMap<>();
        }
        return JsonValues.normalize(JSONB.fromJson(column, LinkedHashMap.class));
    }
}
