package dev.marquee.plugin.accesscode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The access code as typed (any case, with or without dashes). */
public class CodeInput {

    @NotBlank
    @Size(max = 64)
    public String code;

    @Override
    public String toString() {
        return "CodeInput[...]";
    }
}
