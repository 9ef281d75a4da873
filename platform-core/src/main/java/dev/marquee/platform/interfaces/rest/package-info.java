/**
 * The REST API under {@code /api/v1}: one resource per use case, JSON DTOs at the boundary (never
 * entities), errors as {@code {"error", "detail"}}. Described for MicroProfile OpenAPI at {@code /openapi}.
 */
package dev.marquee.platform.interfaces.rest;
