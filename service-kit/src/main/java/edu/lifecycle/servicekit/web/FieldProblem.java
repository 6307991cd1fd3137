package edu.lifecycle.servicekit.web;

/**
 * One bad field of a request, listed under {@code errors} in a 400 problem.
 *
 * @param field the field's path in the body ({@code address.city}) or the parameter's name
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {}
