/** @module analyse/triage/lexicons/pt — Portuguese cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const pt: Lexicon = {
  credential: ['senha', 'palavra-passe', 'usuário', 'utilizador', 'login', 'código de segurança', 'código de verificação', 'número do cartão', 'dados bancários', 'pin', 'credenciais'],
  account: ['sua conta', 'a sua conta', 'verificar', 'verifique', 'verificação', 'confirmar', 'confirme', 'atualizar', 'atualize', 'identidade', 'atividade suspeita', 'atividade incomum', 'não autorizado'],
  urgency: ['urgente', 'imediatamente', 'em 24 horas', 'expira', 'última chance', 'última oportunidade', 'último aviso', 'só hoje', 'agora'],
  threat: ['suspensa', 'suspenso', 'bloqueada', 'bloqueado', 'desativada', 'encerrada', 'ação judicial', 'multa', 'prisão', 'penalidade', 'restrita'],
  payment: ['pagamento', 'pagar', 'taxa', 'fatura', 'boleto', 'transferência', 'pix', 'reembolso', 'cartão presente', 'débito pendente', 'imposto', 'depósito'],
  prize: ['parabéns', 'você ganhou', 'ganhou', 'vencedor', 'prêmio', 'prémio', 'recompensa', 'loteria', 'herança', 'milhões', 'selecionado', 'grátis'],
  marketing: ['oferta', 'desconto', 'promoção', 'liquidação', 'cancelar inscrição', 'descadastrar', 'newsletter', 'compre agora', 'economize', 'cupom', 'clique aqui'],
  delivery: ['encomenda', 'pacote', 'entrega', 'envio', 'alfândega', 'rastreamento', 'correios', 'ctt'],
  investment: ['investimento', 'investir', 'lucro', 'rendimento', 'bitcoin', 'cripto', 'trading', 'garantido', 'renda'],
  contact: ['ligue', 'responda', 'whatsapp', 'entre em contato', 'contacte'],
};
