package edu.lifecycle.servicekit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request body's type: the fields a client might send to name the person acting (e.g. {@code officer}), which the
 * body has no longer, because who acts is the signed-in caller (ADR 12). Other unknown fields stay ignored, so older
 * clients keep working; one of these is refused with 400 naming it, because ignoring it would let a client believe it
 * chose whom the decision is recorded under.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RefusedActorFields {

    /** The JSON names refused, each also read as the acting person's title ("the officer is the signed-in caller"). */
    String[] value();
}
