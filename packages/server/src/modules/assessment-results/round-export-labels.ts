import type { AssessmentMode, SupportedLanguage } from '@coreteam/core';

/*
 * The words of a round's XLSX export (column headers and points of view), in each language the app
 * speaks; one typed record per language, so a missing label fails the type check. The wording is
 * the web app's results page (packages/web/src/features/assessment-results/locales). The CSV does
 * not use these: its header and codes are stable keys for programs (see round-export.ts).
 */

export interface RoundExportLabels {
  columns: {
    member: string;
    assessedBy: string;
    area: string;
    category: string;
    skillKey: string;
    skill: string;
    rating: string;
    categoryScore: string;
    areaScore: string;
    members: string;
    mean: string;
    min: string;
    max: string;
    target: string;
    atOrAboveTarget: string;
  };
  /** Who gave the assessment, as the results page names the point of view. */
  assessedBy: Record<AssessmentMode, string>;
}

const en: RoundExportLabels = {
  columns: {
    member: 'Member',
    assessedBy: 'Assessed by',
    area: 'Area',
    category: 'Category',
    skillKey: 'Skill key',
    skill: 'Skill',
    rating: 'Rating',
    categoryScore: 'Category score',
    areaScore: 'Area score',
    members: 'Members',
    mean: 'Mean',
    min: 'Min',
    max: 'Max',
    target: 'Target',
    atOrAboveTarget: 'At or above target',
  },
  assessedBy: { self: 'self', supervisor: 'supervisor', external: 'external' },
};

const fr: RoundExportLabels = {
  columns: {
    member: 'Membre',
    assessedBy: 'Point de vue',
    area: 'Domaine',
    category: 'Catégorie',
    skillKey: 'Clé de la compétence',
    skill: 'Compétence',
    rating: 'Note',
    categoryScore: 'Score de la catégorie',
    areaScore: 'Score du domaine',
    members: 'Membres',
    mean: 'Moyenne',
    min: 'Plus bas',
    max: 'Plus haut',
    target: 'Cible',
    atOrAboveTarget: 'À la cible ou au-dessus',
  },
  assessedBy: { self: 'auto-évaluation', supervisor: 'superviseur', external: 'externe' },
};

const pt: RoundExportLabels = {
  columns: {
    member: 'Membro',
    assessedBy: 'Ponto de vista',
    area: 'Área',
    category: 'Categoria',
    skillKey: 'Chave da competência',
    skill: 'Competência',
    rating: 'Classificação',
    categoryScore: 'Pontuação da categoria',
    areaScore: 'Pontuação da área',
    members: 'Membros',
    mean: 'Média',
    min: 'Mais baixa',
    max: 'Mais alta',
    target: 'Meta',
    atOrAboveTarget: 'Na meta ou acima',
  },
  assessedBy: { self: 'autoavaliação', supervisor: 'supervisor', external: 'externa' },
};

const es: RoundExportLabels = {
  columns: {
    member: 'Miembro',
    assessedBy: 'Punto de vista',
    area: 'Área',
    category: 'Categoría',
    skillKey: 'Clave de la habilidad',
    skill: 'Habilidad',
    rating: 'Calificación',
    categoryScore: 'Puntuación de la categoría',
    areaScore: 'Puntuación del área',
    members: 'Miembros',
    mean: 'Media',
    min: 'Más baja',
    max: 'Más alta',
    target: 'Meta',
    atOrAboveTarget: 'En la meta o por encima',
  },
  assessedBy: { self: 'autoevaluación', supervisor: 'supervisor', external: 'externa' },
};

export const ROUND_EXPORT_LABELS: Record<SupportedLanguage, RoundExportLabels> = { en, fr, pt, es };
