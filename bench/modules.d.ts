// textlint-rule-prh ships no types; the benchmark only hands the rule to textlint's kernel.
declare module 'textlint-rule-prh';
