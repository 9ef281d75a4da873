/**
 * An event's branding: its colours, logo, header image and about text ({@link Branding}, held by the
 * event), and the uploaded images themselves ({@link BrandingImage}), stored apart so that loading an
 * event never loads image bytes.
 */
package dev.marquee.platform.domain.model.branding;
