@NullMarked
package org.stepwise.notes.web;

import org.jspecify.annotations.NullMarked;
