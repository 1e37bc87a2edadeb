import { Migration } from "@mikro-orm/migrations";

/**
 * Categories seeded before this carry an agency kind (REGENCY, MINISTRY...) as their routing hint, which verifiers
 * were shown as it is: it becomes the sentence the seed now writes (seed/categories.ts ROUTING_HINTS as of this
 * migration, written out here so that later edits of the seed do not change history). Admins' own hints stay.
 */
const HINTS: [kind: string, text: string][] = [
  ["REGENCY", "Biasanya pemerintah kabupaten/kota tempat kejadian (dinas terkait)."],
  ["PROVINCE", "Biasanya pemerintah provinsi tempat kejadian (dinas terkait)."],
  ["MINISTRY", "Biasanya kementerian yang membidangi layanan ini."],
  ["INSTITUTION", "Biasanya lembaga pemerintah nonkementerian yang menyelenggarakan layanan ini."],
  ["STATE_ENTERPRISE", "Biasanya BUMN penyelenggara layanan ini."],
  ["UNIT", "Biasanya unit kerja instansi yang menyelenggarakan layanan ini."],
];

export class Migration20261205000000 extends Migration {
  override async up(): Promise<void> {
    for (const [kind, text] of HINTS) {
      this.addSql(`update category set routing_hint = '${text}' where routing_hint = '${kind}';`);
    }
  }
}
