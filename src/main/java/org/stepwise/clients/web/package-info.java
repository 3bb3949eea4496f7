/** The registry's pages (Thymeleaf + htmx) and JSON API under /api/v1/clients. */
@NullMarked
package org.stepwise.clients.web;

import org.jspecify.annotations.NullMarked;
