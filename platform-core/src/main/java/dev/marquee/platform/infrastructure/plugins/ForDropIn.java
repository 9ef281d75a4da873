package dev.marquee.platform.infrastructure.plugins;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the plugin API services handed to plugins from the plugins directory ({@link DropInServices}); core
 * and the plugins packed in the WAR never see it.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@interface ForDropIn {

    /** The qualifier as a value. */
    final class Literal extends AnnotationLiteral<ForDropIn> implements ForDropIn {
        static final Literal INSTANCE = new Literal();
    }
}
