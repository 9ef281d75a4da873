package dev.marquee.systemtest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Which shared server a test class runs against. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface Database {

    Kind value();

    /** The databases Marquee supports. */
    enum Kind { H2, POSTGRES }
}
