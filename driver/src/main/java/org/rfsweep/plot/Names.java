package org.rfsweep.plot;

import java.util.Collection;
import org.rfsweep.spec.DidYouMean;

/** Checks a user-given name against the known ones: one message with a did-you-mean and the list. */
final class Names {
    private Names() {
    }

    static String require(String what, String name, Collection<String> known, String context) throws PlotInputException {
        if (!known.contains(name)) {
            throw new PlotInputException("unknown " + what + " '" + name + "'" + context
                    + DidYouMean.hint(name, known, "") + "; known: " + String.join(", ", known));
        }
        return name;
    }
}
