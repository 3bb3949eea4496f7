/** The pages and JSON API of individual, family and medication notes, and the PDF of a note. */
@NullMarked
package org.stepwise.notes.individual.web;

import org.jspecify.annotations.NullMarked;
