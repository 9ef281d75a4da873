/** JPA implementations of the domain repositories, on the {@code marquee} persistence unit (Hibernate ORM). */
package dev.marquee.platform.infrastructure.persistence.jpa;
