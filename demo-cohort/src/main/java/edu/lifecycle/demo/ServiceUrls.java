package edu.lifecycle.demo;

/** Where the four services listen, e.g. {@code http://127.0.0.1:8091}. */
public record ServiceUrls(String admissions, String billing, String curriculum, String placement) {}
