import org.rfsweep.analysis.effective.*;
import org.rfsweep.kernel.*;
var k = Kernels.find("effective-dynamics").orElseThrow();
for (String inputs : new String[] {"nlgp", "gp"}) {
  for (double g : new double[] {0.8477987572301138, 141.4213562373095}) {
    var raw = new java.util.HashMap<String, Object>();
    raw.put("inputs", inputs); raw.put("gain", g); raw.put("jitter", 0); raw.put("xi", java.util.List.of(0.7, 0.3));
    raw.put("size", 40); raw.put("init_std", 0.0069843029576957824); raw.put("init", "truncated-normal");
    raw.put("lr", 0.1); raw.put("num_steps", 1000); raw.put("seed", 0L);
    var r = k.run(TrialSpec.of(k, k.schema().resolve(raw)));
    System.out.println(k.version() + " " + inputs + " g=" + g + " ipr=" + Double.toHexString(r.scalar("ipr_mean")) + " (" + r.scalar("ipr_mean") + ") w=" + Double.toHexString(r.scalar("weight_norm")) + " amax=" + Double.toHexString(r.scalar("a_max")) + " width=" + r.scalar("width_mean") + " kappa=" + Double.toHexString(r.scalar("kurtosis_theory")) + " fieldhash=" + java.util.Arrays.hashCode(r.neurons().get(0).weights()));
  }
}
/exit
