/** Greek texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Greek (Ελληνικά). */
export const el: DefaultPurposeTexts = {
  essential: {
    title: "Απαραίτητα",
    description:
      "Διατηρεί σε λειτουργία το καλάθι, την ολοκλήρωση της παραγγελίας και τις επιλογές απορρήτου σας. Πάντα ενεργό.",
  },
  "personalization.browsing": {
    title: "Προτάσεις με βάση όσα βλέπετε",
    description:
      "Χρησιμοποιεί τα προϊόντα και τις σελίδες που βλέπετε εδώ και τις αναζητήσεις σας για να σας προτείνει προϊόντα.",
  },
  "personalization.purchases": {
    title: "Προτάσεις με βάση τις αγορές σας",
    description: "Χρησιμοποιεί όσα αγοράσατε και αξιολογήσατε εδώ για να σας προτείνει προϊόντα.",
  },
  "personalization.similar-shoppers": {
    title: "Μάθηση από παρόμοιους πελάτες",
    description:
      "Η δραστηριότητά σας, συγκεντρωτικά με εκείνη τουλάχιστον τεσσάρων άλλων πελατών, βοηθά τους άλλους, και η δική τους εσάς.",
  },
  "personalization.context": {
    title: "Προτάσεις με βάση το πλαίσιό σας",
    description:
      "Χρησιμοποιεί τον τύπο συσκευής, την ώρα της ημέρας και την κατά προσέγγιση τοποθεσία (χώρα ή περιοχή).",
  },
  "marketing.email": {
    title: "Μηνύματα προσφορών",
    description: "Σας στέλνει προσφορές μέσω ηλεκτρονικού ταχυδρομείου, επιλεγμένες με βάση τις αγορές σας.",
  },
  "advertising.cross-context": {
    title: "Διαφημίσεις σε άλλους ιστότοπους",
    description:
      "Κοινοποιεί τη δραστηριότητά σας σε διαφημιστικούς συνεργάτες για να σας προβάλλουν διαφημίσεις αλλού.",
  },
  analytics: {
    title: "Στατιστικά",
    description: "Μετρά πώς χρησιμοποιούνται το κατάστημα και οι προτάσεις του, για να τα βελτιώνουμε.",
  },
  sensitive: {
    title: "Ευαίσθητα προϊόντα (ρητή συγκατάθεση)",
    description:
      "Επιτρέπει στις προβολές ευαίσθητων προϊόντων, όπως ειδών φαρμακείου, να διαμορφώνουν τις προτάσεις σας.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Καλάθι",
  "candor:ConsentRecord": "Οι επιλογές απορρήτου σας",
  "pd:BrowsingBehavior": "Προϊόντα και σελίδες που είδατε",
  "pd:SearchHistory": "Αναζητήσεις",
  "pd:Purchase": "Αγορές",
  "pd:Rating": "Αξιολογήσεις",
  "pd:DeviceBased": "Τύπος συσκευής",
  "pd:Location": "Κατά προσέγγιση τοποθεσία",
  "candor:TimeOfDay": "Ώρα της ημέρας",
  "pd:EmailAddress": "Διεύθυνση ηλεκτρονικού ταχυδρομείου",
  "pd:Health": "Δεδομένα που αφορούν την υγεία",
  "pd:Religion": "Θρησκευτικές ή φιλοσοφικές πεποιθήσεις",
  "pd:Sexuality": "Σεξουαλική ζωή ή γενετήσιος προσανατολισμός",
  "pd:PoliticalOpinion": "Πολιτικά φρονήματα",
  "pd:EthnicOrigin": "Φυλετική ή εθνοτική καταγωγή",
  "pd:Biometric": "Βιομετρικά δεδομένα",
  "pd:Age": "Ηλικία",
  "pd:Genetic": "Γενετικά δεδομένα",
  "pd:TradeUnionMembership": "Συμμετοχή σε συνδικαλιστική οργάνωση",
  "candor:UnclassifiedSpecialCategory": "Άλλη ειδική κατηγορία δεδομένων προσωπικού χαρακτήρα",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Επιτρέψτε «Videos»`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) =>
    `Το περιεχόμενο από ${host} είναι αποκλεισμένο μέχρι να επιτρέψετε «${purposes}».`,
  allow: (purposes) => `Επιτρέψτε «${purposes}»`,
};
