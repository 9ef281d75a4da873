package dev.marquee.platform.infrastructure.persistence.jpa;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Stores a short list of strings (a session's speakers) as a JSON array in a text column. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(List<String> attribute) {
        return JSONB.toJson(attribute == null ? List.of() : attribute);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.asList(JSONB.fromJson(column, String[].class)));
    }
}
