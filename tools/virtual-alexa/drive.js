const va = require("virtual-alexa");
const alexa = va.VirtualAlexa.Builder()
  .skillURL("http://127.0.0.1:8080/")
  .interactionModelFile(process.argv[2])
  .locale("en-US")
  .create();
const say = (r) => r && r.response && r.response.outputSpeech ? r.response.outputSpeech.ssml.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim() : "(no speech)";
(async () => {
  const steps = [["launch"], ["utter", "start my routine"], ["utter", "next"], ["utter", "next"], ["utter", "next"], ["utter", "repeat"], ["utter", "next"], ["utter", "next"]];
  for (const [kind, text] of steps) {
    const r = kind === "launch" ? await alexa.launch() : await alexa.utter(text);
    console.log("You: " + (text || "open morning back coach"));
    console.log("Alexa: " + say(r) + (r.response.shouldEndSession ? " [session ended]" : ""));
  }
  for (const text of ["open morning back coach", "why does my back crack", "what are the warning signs"]) {
    const r = text.startsWith("open") ? await alexa.launch() : await alexa.utter(text);
    console.log("You: " + text);
    console.log("Alexa: " + say(r));
  }
})().catch(e => { console.error(e); process.exit(1); });
