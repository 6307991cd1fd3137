package edu.lifecycle.admissions.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text component of a record as personal data: it is sealed with the person's data key before the record is
 * written to any topic or store, and becomes unreadable when the key is destroyed. Making a new field personal is
 * this one annotation ({@code stream.PersonalFields} finds it in nested records, {@code Optional}s and lists).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Personal {}
